using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Meetings;

public static class MeetingLabels
{
    public static string Of(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "Prévue",
        MeetingStatus.Held => "Tenue",
        MeetingStatus.Postponed => "Reportée faute de quorum",
        MeetingStatus.Cancelled => "Annulée",
        _ => status.ToString(),
    };

    public static string Badge(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => "fr-badge--success",
        MeetingStatus.Postponed => "fr-badge--warning",
        MeetingStatus.Cancelled => "fr-badge--error",
        _ => "fr-badge--info",
    };

    public static string Of(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => "Sur place",
        MeetingMode.Remote => "À distance",
        MeetingMode.Hybrid => "Sur place et à distance",
        _ => mode.ToString(),
    };

    public static string Of(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Information => "Information",
        AgendaItemKind.Debate => "Débat",
        AgendaItemKind.Vote => "Vote",
        _ => kind.ToString(),
    };

    public static string Of(Presence presence) => presence switch
    {
        Presence.Unknown => "Non renseigné",
        Presence.Present => "Présent",
        Presence.Remote => "À distance",
        Presence.Represented => "Représenté",
        Presence.Excused => "Excusé",
        Presence.Absent => "Absent",
        _ => presence.ToString(),
    };

    /// <summary>« Lundi 18 novembre 2019, de 14 h 00 à 17 h 00 », « Mardi 1er décembre 2026… », Paris time.</summary>
    public static string When(Meeting meeting) => When(meeting.StartsAt, meeting.EndsAt);

    public static string When(DateTime startsAt, DateTime endsAt)
    {
        var (starts, ends) = (FrenchDates.ToParis(startsAt), FrenchDates.ToParis(endsAt));
        var weekday = starts.ToString("dddd", French.Culture);
        var day = $"{French.Culture.TextInfo.ToUpper(weekday[0])}{weekday[1..]} {FrenchDates.Day(DateOnly.FromDateTime(starts))}";
        return $"{day}, de {starts.ToString("H' h 'mm", French.Culture)} à {ends.ToString("H' h 'mm", French.Culture)}";
    }

    /// <summary>The quorum before attendance is recorded: « Le quorum est de 30 membres présents ou représentés sur 60. »</summary>
    public static string QuorumRequired(QuorumCount quorum) => quorum.Required == 0
        ? "Aucun quorum n'est requis."
        : $"Le quorum est de {French.Count(quorum.Required, "membre présent ou représenté", "membres présents ou représentés")} sur {quorum.Members}.";

    public static string Of(QuorumRule rule) => rule switch
    {
        QuorumRule.HalfOfMembers => "La moitié des membres, présents ou représentés",
        QuorumRule.MajorityOfMembers => "La majorité des membres (plus de la moitié), présents ou représentés",
        QuorumRule.None => "Aucun quorum",
        _ => rule.ToString(),
    };

    /// <summary>The quorum in words: « Quorum atteint : 34 membres présents ou représentés sur 66 (33 requis). »</summary>
    public static string Quorum(QuorumCount quorum) => quorum.Required == 0
        ? $"Aucun quorum n'est requis : {French.Count(quorum.Counted, "membre présent ou représenté", "membres présents ou représentés")} sur {quorum.Members}."
        : quorum.IsMet
            ? $"Quorum atteint : {French.Count(quorum.Counted, "membre présent ou représenté", "membres présents ou représentés")} sur {quorum.Members} ({quorum.Required} requis)."
            : $"Quorum non atteint : {French.Count(quorum.Counted, "membre présent ou représenté", "membres présents ou représentés")} sur {quorum.Members} ; {quorum.Required} requis, il en manque {quorum.Missing}.";
}

internal sealed class MeetingRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<MeetingStatus>(MeetingLabels.Of)
        .Values<MeetingMode>(MeetingLabels.Of)
        .Values<AgendaItemKind>(MeetingLabels.Of)
        .Values<Presence>(MeetingLabels.Of)
        .Values<QuorumRule>(MeetingLabels.Of);
}
