using Microsoft.Playwright;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// A page checked as it is read on a desk (1280 px) and on a phone (375 px): axe-core at both widths, and, when
/// CONSEIL_SCREENSHOTS names a folder, a full-page screenshot of each, to look at as its readers would.
/// </summary>
public static class Widths
{
    private static readonly (int Width, int Height)[] Sizes = [(1280, 900), (375, 812)];

    public static async Task AssertAccessibleAtBothAsync(JourneyPage journey, string name)
    {
        var page = journey.Page;
        var before = page.ViewportSize;
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            await journey.AssertAccessibleAsync();
            // Nothing wider than the screen: a wide table scrolls in its own region or stacks its rows.
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, $"{name} : page plus large que l'écran");
            await ScreenshotAsync(page, $"{name}-{width}");
        }
        if (before is not null) await page.SetViewportSizeAsync(before.Width, before.Height);
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CONSEIL_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
