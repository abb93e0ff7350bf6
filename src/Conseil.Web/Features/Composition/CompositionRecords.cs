using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Composition;

/// <summary>The words of the composition's enumerations and how its records are named in the audit log.</summary>
internal sealed class CompositionRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<Gender>(CompositionLabels.Of)
        .Values<MandateRole>(CompositionLabels.Of)
        .Values<MandateStatus>(CompositionLabels.Of)
        .Values<OrganisationKind>(CompositionLabels.Of)
        .Values<BodyRole>(CompositionLabels.Of)
        .Values<OfficeKind>(OfficeLabels.Of)
        .Values<BodyKind>(Of)
        .Values<Article>(CompositionLabels.Of)
        .Name<Person>((p, _) => ValueTask.FromResult("Fiche " + RecordNaming.OfPerson(p.Id)))
        .Name<Mandate>(async (m, naming) =>
        {
            var seat = await naming.FindAsync<Seat>(m.SeatId);
            var college = seat is null ? null : await naming.FindAsync<College>(seat.CollegeId);
            var role = m.Role == MandateRole.Substitute ? "Suppléance" : "Mandat";
            return $"{role} {RecordNaming.OfPerson(m.PersonId)} au siège {seat?.Number} du collège {college?.Number}";
        })
        .Name<Office>((o, _) => ValueTask.FromResult($"{OfficeLabels.Of(o.Kind)} {RecordNaming.OfPerson(o.PersonId)}"))
        .Name<BodyMembership>(async (b, naming) =>
            await naming.FindAsync<Body>(b.BodyId) is { } body
                ? $"Participation {RecordNaming.OfPerson(b.PersonId)} à {BodyLabels.The(body)}"
                : $"Participation {RecordNaming.OfPerson(b.PersonId)} à une instance")
        .Name<Seat>(async (s, naming) => $"Siège {s.Number} du collège {(await naming.FindAsync<College>(s.CollegeId))?.Number}")
        .Name<College>((c, _) => ValueTask.FromResult($"Collège {c.Number} « {c.Name} »"));

    private static string Of(BodyKind kind) => kind switch
    {
        BodyKind.Plenary => "Assemblée plénière",
        BodyKind.StandingCommission => "Commission permanente",
        BodyKind.EthicsCommission => "Commission éthique et déontologie du travail social",
        BodyKind.WorkingGroup => "Groupe de travail",
        BodyKind.LocalCommittee => "Comité local",
        _ => "Panel d'experts",
    };
}
