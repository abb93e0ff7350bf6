namespace Conseil.Web.Infrastructure.DataProtection;

/// <summary>One Data Protection key, as the XML the framework writes, shared by every web process.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
