namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>What the journey stored, payload by payload (index i of every list carries payload i).</summary>
public sealed class StoredPayloads
{
    public List<int> People { get; } = [];
    public List<int> Seats { get; } = [];
    public List<int> Organisations { get; } = [];
    public List<int> Terms { get; } = [];
    public List<int> Mandates { get; } = [];
    public List<string> Accounts { get; } = [];
    public int CollegeId { get; set; }
    public int CollegeNumber { get; set; }
    public List<int> SeatNumbers { get; } = [];
    public int BodyId { get; set; }
}
