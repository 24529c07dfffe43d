namespace Polis.Platform.Identity;

/// <summary>
/// Where the generated first-admin password is announced: standard output unless a test supplies a writer.
/// A seam rather than <see cref="Console.SetOut"/> because redirecting the console is process-wide.
/// </summary>
internal sealed class AdminCredentialsConsole(TextWriter? writer = null)
{
    public TextWriter Writer => writer ?? Console.Out;
}
