namespace Polis.Platform.Tests.Identity;

/// <summary>A fresh data directory, deleted (best effort) on dispose.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("polis-identity-").FullName;

    public void Dispose() => Delete(Path);

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A straggling handle must not fail the test; the OS cleans its temp directory.
        }
    }
}
