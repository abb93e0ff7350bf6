namespace Conseil.Web.Infrastructure.PersonalData;

/// <summary>What becomes of an entity's rows when the person they point to is erased.</summary>
public enum ErasureRule
{
    /// <summary>The rows stay, pointing to the anonymised person (public history of the composition).</summary>
    KeptWithAnonymisedPerson,
    /// <summary>The rows are deleted with the person's data (accounts).</summary>
    Deleted,
}

/// <summary>
/// A feature's declaration that rows of <see cref="Entity"/> point to a person, and how the person's rights cover
/// them: the list of the access export holding them, what erasure does, which retention rule applies.
/// PersonalDataCoverageTests fails when an entity of the EF model with a foreign key to Person is not declared.
/// </summary>
public sealed record PersonLinkedData(Type Entity, string ExportedAs, ErasureRule Erasure, RetentionKind Retention);

public static class PersonLinkedDataRegistration
{
    public static IServiceCollection AddPersonLinkedData<TEntity>(this IServiceCollection services,
        string exportedAs, ErasureRule erasure, RetentionKind retention) =>
        services.AddSingleton(new PersonLinkedData(typeof(TEntity), exportedAs, erasure, retention));
}
