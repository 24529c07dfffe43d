using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Reports.Media;

/// <summary>
/// The minimal intake: JPEG or PNG recognised by their leading bytes (a file's name or declared type proves nothing),
/// at most <see cref="Open311Options.MaxMediaBytes"/>; the bytes are stored as they came.
/// </summary>
public sealed class MagicBytesMediaIntake(IOptions<Open311Options> options) : IReportMediaIntake
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public Task<MediaIntakeResult> AcceptAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var max = options.Value.MaxMediaBytes;
        var result = content.Length switch
        {
            0 => MediaIntakeResult.Refused("media is empty."),
            _ when content.Length > max => MediaIntakeResult.Refused($"media is {content.Length} bytes; at most {max} are accepted."),
            _ when content.AsSpan().StartsWith(Jpeg) => MediaIntakeResult.Accepted(content, "image/jpeg"),
            _ when content.AsSpan().StartsWith(Png) => MediaIntakeResult.Accepted(content, "image/png"),
            _ => MediaIntakeResult.Refused("media must be a JPEG or PNG image."),
        };
        return Task.FromResult(result);
    }
}
