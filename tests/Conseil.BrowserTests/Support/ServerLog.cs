using System.Text.Json;

namespace Conseil.BrowserTests.Support;

/// <summary>Recognises error lines in the server's console output, simple ("fail:", "crit:") or JSON formatted.</summary>
public static class ServerLog
{
    public static bool IsError(string line)
    {
        if (line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal)) return true;
        if (!line.TrimStart().StartsWith('{')) return false;
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("LogLevel", out var level)
                && level.GetString() is "Error" or "Critical";
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
