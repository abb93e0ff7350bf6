using Conseil.Web.Data;
using Conseil.Web.Features.Programme;

namespace Conseil.Tests.Features.Programme;

/// <summary>Test data of work programmes, written straight to the database (no rules checked).</summary>
public static class ProgrammeBuilders
{
    /// <summary>A programme with one axis and one work item; adopted on the date given, a proposal without one.</summary>
    public static async Task<WorkProgramme> AddProgrammeAsync(this AppDb db, string name, DateOnly? adoptedOn, string axis = "Axe d'essai",
        string item = "Chantier d'essai")
    {
        var programme = new WorkProgramme
        {
            Name = name, StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2028, 12, 31), AdoptedOn = adoptedOn,
            Axes =
            [
                new Axis
                {
                    Number = 1, Name = axis,
                    Items = [new WorkItem { Name = item, Deliverable = DeliverableKind.Report, PlannedOn = new DateOnly(2027, 6, 30), SortOrder = 1 }],
                },
            ],
        };
        db.WorkProgrammes.Add(programme);
        await db.SaveChangesAsync();
        return programme;
    }
}
