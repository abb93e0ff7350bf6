using System.Text.RegularExpressions;
using Conseil.Tests.Support;

namespace Conseil.Tests.Guards;

/// <summary>
/// Feature code writes through the change tracker, whose SaveChanges records the audit entry in the same
/// transaction. A bulk statement (ExecuteUpdate/ExecuteDelete) or raw SQL skips it: only the files below may,
/// each recording what it did by hand.
/// </summary>
public sealed partial class WritePathTests
{
    /// <summary>Files of src/Conseil.Web/Features allowed to bypass the change tracker, and why that is audited.</summary>
    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>
    {
        ["Privacy/RetentionRules.cs"] = "conditional one-row statements (two processes change a row once), each followed by its audit entry in the same transaction",
        ["Privacy/AuditScrubber.cs"] = "rewrites the audit log itself on erasure or retention; the caller records the erasure in the same transaction",
        ["Outbox/Message.cshtml.cs"] = "conditional requeue of a failed message (two clicks requeue it once), recorded by hand in the same transaction",
    };

    [Fact]
    public void No_feature_writes_outside_the_audited_path()
    {
        var offenders = BypassingFiles().Where(f => !Allowed.ContainsKey(f.File))
            .Select(f => $"{f.File} ligne {f.Line} : {f.Text}").ToList();

        offenders.ShouldBeEmpty("Écriture hors du suivi des modifications (donc hors du journal) : passez par SaveChanges, "
            + "ou ajoutez le fichier à WritePathTests.Allowed en disant comment l'écriture est journalisée.");
    }

    [Fact]
    public void The_allow_list_names_only_files_that_still_need_it()
    {
        var bypassing = BypassingFiles().Select(f => f.File).ToHashSet();
        Allowed.Keys.Where(f => !bypassing.Contains(f)).ShouldBeEmpty();
    }

    private static IEnumerable<(string File, int Line, string Text)> BypassingFiles()
    {
        var features = Path.Combine(AppProcess.RepositoryRoot(), "src", "Conseil.Web", "Features");
        foreach (var path in Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].Split("//", 2)[0];
                if (Bypass().IsMatch(code))
                    yield return (Path.GetRelativePath(features, path).Replace('\\', '/'), i + 1, lines[i].Trim());
            }
        }
    }

    [GeneratedRegex(@"\b(ExecuteUpdate|ExecuteDelete|ExecuteSql|FromSql|SqlQuery)\w*")]
    private static partial Regex Bypass();
}
