namespace SalesCrm.Tests.TestSupport;

/// <summary>The repository's source files, for tests that check the code itself (e.g. that every text key exists).</summary>
public static class SourceTree
{
    public static DirectoryInfo Root { get; } = FindRoot();

    public static IEnumerable<FileInfo> Files(string project, string pattern) =>
        new DirectoryInfo(Path.Combine(Root.FullName, project)).EnumerateFiles(pattern, SearchOption.AllDirectories)
            .Where(f => !f.FullName.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.FullName.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static DirectoryInfo FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SalesCrm.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No SalesCrm.sln above {AppContext.BaseDirectory}.");
    }
}
