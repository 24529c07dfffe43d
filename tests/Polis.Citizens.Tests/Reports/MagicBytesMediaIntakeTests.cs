using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Media;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Tests.Reports;

/// <summary>The minimal photo intake judges bytes, not names: JPEG and PNG signatures within the size limit.</summary>
public sealed class MagicBytesMediaIntakeTests
{
    private readonly MagicBytesMediaIntake _intake = new(Options.Create(new Open311Options { MaxMediaBytes = 2048 }));

    [Fact]
    public async Task Accept_JpegAndPng_TypedByContent()
    {
        Assert.Equal("image/jpeg", (await _intake.AcceptAsync([0xFF, 0xD8, 0xFF, 0xE1, 1, 2])).ContentType);
        Assert.Equal("image/png", (await _intake.AcceptAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])).ContentType);
    }

    [Fact]
    public async Task Accept_EmptyTextGifOrTooLarge_RefusedWithReason()
    {
        Assert.Contains("empty", (await _intake.AcceptAsync([])).Error, StringComparison.Ordinal);
        Assert.Contains("JPEG or PNG", (await _intake.AcceptAsync("GIF89a...."u8.ToArray())).Error, StringComparison.Ordinal);
        Assert.Contains("JPEG or PNG", (await _intake.AcceptAsync("<svg></svg>"u8.ToArray())).Error, StringComparison.Ordinal);
        Assert.Contains("at most 2048", (await _intake.AcceptAsync([0xFF, 0xD8, 0xFF, .. new byte[2048]])).Error, StringComparison.Ordinal);
    }
}
