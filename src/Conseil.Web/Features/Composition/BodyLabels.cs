namespace Conseil.Web.Features.Composition;

/// <summary>How messages name a body: « la commission permanente », « la CEDTS », « l'instance « … » ».</summary>
public static class BodyLabels
{
    // By kind, not by name: the name is free text the secretariat may edit.
    public static string The(Body body) => body.Kind switch
    {
        BodyKind.StandingCommission => "la commission permanente",
        BodyKind.EthicsCommission => "la CEDTS",
        BodyKind.Plenary => "l'assemblée plénière",
        _ => $"l'instance « {body.Name} »",
    };

    public static string Capitalised(Body body) => string.Concat(char.ToUpperInvariant(The(body)[0]).ToString(), The(body)[1..]);
}
