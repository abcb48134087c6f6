using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using SalesCrm.Web.Data.Seed;

namespace SalesCrm.Tests.TestSupport;

/// <summary>Steps every journey shares: sign in, wait for the live circuit, and a screenshot when a journey fails.</summary>
public abstract class BrowserJourney(BrowserApp app)
{
    protected BrowserApp App { get; } = app;

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected async Task<IPage> SignInAsync(string email, string? password = null, int width = 1366, int height = 860)
    {
        var page = await App.NewPageAsync(width, height);
        await page.GotoAsync("/login");
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(password ?? DemoOrganisation.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>Clicks before the SignalR circuit is up are lost; the layout renders this marker only once it is.</summary>
    protected static Task WaitInteractiveAsync(IPage page) =>
        page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    protected static async Task GoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitInteractiveAsync(page);
    }

    /// <summary>A form field's input: MudBlazor puts a field's data-testid on its input or on its wrapper, depending on the component.</summary>
    protected static ILocator Field(IPage page, string testId) =>
        page.Locator($"[data-testid={testId}] input, [data-testid={testId}] textarea, input[data-testid={testId}], textarea[data-testid={testId}]").First;

    /// <summary>The input inside (or at) a located field.</summary>
    protected static ILocator Input(ILocator field) =>
        field.Locator("xpath=self::input | self::textarea | .//input | .//textarea").First;

    /// <summary>Runs a journey; if it fails, every open page is saved as a screenshot named after the test.</summary>
    protected static async Task JourneyAsync(Func<List<IPage>, Task> journey, [CallerMemberName] string name = "")
    {
        var pages = new List<IPage>();
        try
        {
            await journey(pages);
        }
        catch
        {
            Directory.CreateDirectory(ScreenshotFolder);
            for (var i = 0; i < pages.Count; i++)
            {
                await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}-{i}.png"), FullPage = true });
            }

            throw;
        }
        finally
        {
            foreach (var page in pages)
            {
                await page.Context.CloseAsync();
            }
        }
    }
}
