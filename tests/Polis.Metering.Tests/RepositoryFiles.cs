namespace Polis.Metering.Tests;

/// <summary>Files of the repository (docs) and of ../shared/data beside it, found from the repository root.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.GetFullPath(Path.Combine([Root, .. parts]));

    /// <summary>A file of the shared data (../shared/data from the repository root; see its README).</summary>
    public static string SharedData(params string[] parts) => PathOf(["..", "shared", "data", .. parts]);

    private static string FindRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return root;
    }
}
