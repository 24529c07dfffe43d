using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Hosting;

/// <summary>Process-wide settings under <c>Polis</c>.</summary>
public sealed class PolisOptions
{
    public const string SectionName = "Polis";

    /// <summary>Where the embedded SQLite files, data-protection keys and other state live.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The data directory as an absolute path, created if missing.</summary>
    public string ResolveDataDirectory()
    {
        var path = Path.GetFullPath(DataDirectory);
        Directory.CreateDirectory(path);
        return path;
    }
}
