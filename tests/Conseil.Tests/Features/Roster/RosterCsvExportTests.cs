using System.Text;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Roster;

namespace Conseil.Tests.Features.Roster;

public sealed class RosterCsvExportTests
{
    private static ExportRow Row(string act, string familyName = "Durand") => new(
        1, 2, 1, "Représentant de l'ANAS", null, MandateRole.FullMember, 7, familyName, "Élise",
        new DateOnly(2022, 6, 14), new DateOnly(2027, 6, 13), "2022–2027", act);

    [Fact]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe()
    {
        var text = Encoding.UTF8.GetString(RosterCsvExport.Write([Row("=HYPERLINK(\"http://x\")", "+Durand"), Row("@SUM(A1)", "-Durand")]));

        text.ShouldContain("'=HYPERLINK");
        text.ShouldContain("'+Durand");
        text.ShouldContain("'@SUM(A1)");
        text.ShouldContain("'-Durand");
    }

    [Fact]
    public void A_vacant_seat_is_a_line_with_its_seat_and_organisation_and_no_person()
    {
        var seat = new Seat { Label = "Représentant de la CNAF", Number = 1, College = new College { Number = 4, Name = "C4" },
            Organisation = new Organisation { Acronym = "CNAF", Name = "Caisse nationale des allocations familiales" } };

        var text = Encoding.UTF8.GetString(RosterCsvExport.Write([ExportRow.Vacant(seat)]));

        text.Split("\r\n")[1].ShouldBe("4;1;Représentant de la CNAF;CNAF;siège vacant;;;;;;");
    }

    [Fact]
    public void Reading_an_export_back_skips_the_vacant_seats()
    {
        var vacant = ExportRow.Vacant(new Seat { Label = "Personne qualifiée n° 9", Number = 9, College = new College { Number = 6, Name = "C6" } });

        var file = RosterCsv.Read(RosterCsvExport.Write([Row("Arrêté"), vacant]));

        file.Error.ShouldBeNull();
        file.Rows.Count.ShouldBe(1);
        file.Rows[0][RosterColumns.FamilyName].ShouldBe("Durand");
    }

    [Fact]
    public void Fields_with_semicolons_or_quotes_are_quoted()
    {
        var text = Encoding.UTF8.GetString(RosterCsvExport.Write([Row("Arrêté du 14 juin 2022; modifié \"bis\"")]));

        text.ShouldContain("\"Arrêté du 14 juin 2022; modifié \"\"bis\"\"\"");
        text.ShouldContain(";14/06/2022;13/06/2027;2022–2027;");
    }
}
