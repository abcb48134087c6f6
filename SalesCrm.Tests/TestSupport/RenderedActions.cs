using Bunit;
using Microsoft.AspNetCore.Components;

namespace SalesCrm.Tests.TestSupport;

/// <summary>Page actions that stay correct while the page re-renders on its own (a debounced check finishing, a timer).</summary>
public static class RenderedActions
{
    /// <summary>
    /// Finds the element and clicks it in one step on the renderer's dispatcher. Finding first and clicking later lets a
    /// render in between replace the element's handler, and the click then fails with "no event handler with ID".
    /// </summary>
    public static Task ClickOn<TComponent>(this IRenderedComponent<TComponent> page, string selector)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.InvokeAsync(() => page.Find(selector).Click());
    }

    /// <summary>Types into the element found by <paramref name="selector"/>, found and typed in one step (see <see cref="ClickOn{TComponent}"/>).</summary>
    public static Task TypeInto<TComponent>(this IRenderedComponent<TComponent> page, string selector, string value)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.InvokeAsync(() => page.Find(selector).Input(value));
    }

    /// <summary>Changes the element found by <paramref name="selector"/> (a field left), found and changed in one step.</summary>
    public static Task ChangeTo<TComponent>(this IRenderedComponent<TComponent> page, string selector, string value)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.InvokeAsync(() => page.Find(selector).Change(value));
    }
}
