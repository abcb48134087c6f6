namespace SalesCrm.Tests.TestSupport;

/// <summary>All browser tests share one running app and one chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
