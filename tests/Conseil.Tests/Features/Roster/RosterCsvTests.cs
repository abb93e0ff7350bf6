using System.Text;
using Conseil.Web.Features.Roster;

namespace Conseil.Tests.Features.Roster;

public sealed class RosterCsvTests
{
    private const string Header = "college;siege;role;nom;prenom;genre;courriel;organisme;debut;fin;mandature;acte;statut\r\n";
    private const string Line = "2;1;titulaire;Lefèvre;Éloïse;F;;ANAS;14/06/2022;13/06/2027;2022–2027;Arrêté du 14 juin 2022;actif\r\n";

    static RosterCsvTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("windows-1252")]
    public void Accents_are_read_right_whatever_the_encoding(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Header + Line)],
            "utf-8" => Encoding.UTF8.GetBytes(Header + Line),
            _ => Encoding.GetEncoding(1252).GetBytes(Header + Line),
        };

        var file = RosterCsv.Read(bytes);

        file.Error.ShouldBeNull();
        file.Rows.Count.ShouldBe(1);
        file.Rows[0][RosterColumns.FamilyName].ShouldBe("Lefèvre");
        file.Rows[0][RosterColumns.GivenName].ShouldBe("Éloïse");
        file.Rows[0].LineNumber.ShouldBe(2);
    }

    [Fact]
    public void Headers_match_without_regard_to_case_or_accents()
    {
        var file = RosterCsv.Read(Encoding.UTF8.GetBytes(
            "Collège;Siège;Rôle;NOM;Prénom;Début;Fin;Mandature\r\n2;1;titulaire;Durand;Élise;14/06/2022;13/06/2027;2022-2027\r\n"));

        file.Error.ShouldBeNull();
        file.Rows[0][RosterColumns.Seat].ShouldBe("1");
        file.Rows[0][RosterColumns.Start].ShouldBe("14/06/2022");
    }

    [Fact]
    public void Missing_required_columns_are_named()
    {
        var file = RosterCsv.Read(Encoding.UTF8.GetBytes("college;siege;nom;prenom\r\n2;1;Durand;Élise\r\n"));

        file.Error.ShouldBe("Colonnes obligatoires manquantes : role, debut, fin, mandature.");
    }

    [Fact]
    public void Empty_and_binary_files_are_refused()
    {
        RosterCsv.Read([]).Error.ShouldBe("Le fichier est vide.");
        RosterCsv.Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).Error!.ShouldContain("n'est pas un fichier CSV");
    }

    [Theory]
    [InlineData("14/06/2022", true)]
    [InlineData("1/2/2025", true)]
    [InlineData("31/02/2025", false)]
    [InlineData("2025-02-01", false)]
    [InlineData("", false)]
    public void Dates_are_read_as_day_month_year(string text, bool valid)
    {
        RosterText.TryParseDate(text, out _).ShouldBe(valid);
    }

    [Fact]
    public void An_impossible_date_is_reported_in_french()
    {
        var row = RosterCsv.Read(Encoding.UTF8.GetBytes(Header + Line.Replace("13/06/2027", "31/02/2025"))).Rows[0];

        var (line, errors) = RosterLine.Parse(row);

        line.ShouldBeNull();
        errors.ShouldContain("Date de fin invalide : « 31/02/2025 » (format jj/mm/aaaa).");
    }
}
