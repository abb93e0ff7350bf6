using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Infrastructure.Labels;

/// <summary>
/// Implemented once per feature (found by <see cref="RecordLabels"/>, no registration to forget): the French words
/// of what the feature's attributes cannot carry — the types it uses but does not own (Identity's), the words of
/// its enumerations, and how one of its records is named in words ("Mandat de Marie Martin au siège 3 du collège 2").
/// </summary>
public interface IRecordCatalogue
{
    void Declare(RecordCatalogue catalogue);
}

/// <summary>What the features declared; read through <see cref="RecordLabels"/>.</summary>
public sealed class RecordCatalogue
{
    internal Dictionary<Type, string> Types { get; } = [];
    internal Dictionary<(Type Type, string Field), string> Fields { get; } = [];
    internal Dictionary<Type, Func<Enum, string>> Words { get; } = [];
    internal Dictionary<Type, Func<object, RecordNaming, ValueTask<string>>> Names { get; } = [];

    /// <summary>French name of a type, and of its fields, for a type whose source the application does not own.</summary>
    public RecordCatalogue Type<T>(string? name, params (string Field, string Label)[] fields)
    {
        if (name is not null) Types[typeof(T)] = name;
        foreach (var (field, label) in fields) Fields[(typeof(T), field)] = label;
        return this;
    }

    /// <summary>The words of an enumeration's values, from the feature's own labels (e.g. CompositionLabels.Of).</summary>
    public RecordCatalogue Values<TEnum>(Func<TEnum, string> words) where TEnum : struct, Enum
    {
        Words[typeof(TEnum)] = value => words((TEnum)value);
        return this;
    }

    /// <summary>How the audit log names one record; people and accounts through <see cref="RecordNaming"/>'s placeholders.</summary>
    public RecordCatalogue Name<T>(Func<T, RecordNaming, ValueTask<string>> name) where T : class
    {
        Names[typeof(T)] = (entity, naming) => name((T)entity, naming);
        return this;
    }
}

/// <summary>
/// Given to a record's namer while the change is saved. Names of people and accounts are never stored in the
/// label, only a placeholder the journal resolves when it is read: the log holds no name to erase, and an erased
/// person reads "Personne anonymisée" everywhere.
/// </summary>
public sealed class RecordNaming(DbContext db)
{
    /// <summary>A related row, from the change tracker when it is there (a bulk import asks once per row).</summary>
    public ValueTask<T?> FindAsync<T>(object key, CancellationToken ct = default) where T : class => db.FindAsync<T>([key], ct);

    /// <summary>"de Marie Martin", "d'Élodie Lambert" once read.</summary>
    public static string OfPerson(int personId) => $"{{{RecordPlaceholders.OfPerson}:{personId}}}";

    /// <summary>"de Marie Martin" (the account's name), or "d'un compte supprimé".</summary>
    public static string OfAccount(string userId) => $"{{{RecordPlaceholders.OfAccount}:{userId}}}";

    /// <summary>"Marie Martin": a foreign key to a person shown as the name.</summary>
    public static string Person(int personId) => $"{{{RecordPlaceholders.Person}:{personId}}}";

    /// <summary>"Marie Martin" (the account's name), or "compte supprimé".</summary>
    public static string Account(string userId) => $"{{{RecordPlaceholders.Account}:{userId}}}";
}
