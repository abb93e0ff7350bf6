using Microsoft.Playwright;

namespace Conseil.BrowserTests.Support;

public static class Choices
{
    /// <summary>
    /// Ticks a DSFR checkbox or radio button the way a person does, by its label: DSFR draws the box on the label, which
    /// covers the input itself.
    /// </summary>
    public static async Task TickAsync(this ILocator input)
    {
        var id = await input.GetAttributeAsync("id") ?? throw new InvalidOperationException("Case sans identifiant");
        await input.Page.Locator($"label[for='{id}']").ClickAsync();
        (await input.IsCheckedAsync()).ShouldBeTrue();
    }
}
