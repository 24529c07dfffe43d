namespace Polis.Citizens.Reports.Media;

/// <summary>
/// Decides whether uploaded bytes may be stored as a report's photo, and what is stored (an implementation may
/// re-encode or strip metadata). Replaceable: the photos part registers its own.
/// </summary>
public interface IReportMediaIntake
{
    Task<MediaIntakeResult> AcceptAsync(byte[] content, CancellationToken cancellationToken = default);
}
