namespace Conseil.BrowserTests.Support;

/// <summary>Paths found from the test assembly (tests/Conseil.BrowserTests/bin/&lt;Configuration&gt;/net10.0/).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Conseil.Web");

    /// <summary>The web app built in the same configuration as these tests.</summary>
    public static string WebAssembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testOutput.Parent!.Name;
            var path = Path.Combine(WebProject, "bin", configuration, testOutput.Name, "Conseil.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Construisez d'abord Conseil.Web", path);
        }
    }

    public static string AxeScript => Path.Combine(Root, "node_modules", "axe-core", "axe.min.js");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Conseil.slnx"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException("Conseil.slnx introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
