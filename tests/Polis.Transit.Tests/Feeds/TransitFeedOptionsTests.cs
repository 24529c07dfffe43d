using System.ComponentModel.DataAnnotations;
using Polis.Transit.Feeds;

namespace Polis.Transit.Tests.Feeds;

public sealed class TransitFeedOptionsTests
{
    private static bool IsValid(TransitFeedOptions options) => Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true);

    [Fact]
    public void Validate_Defaults_Valid() => Assert.True(IsValid(new TransitFeedOptions()));

    [Fact]
    public void Validate_ZeroPollIntervalOrTinyChunks_Invalid()
    {
        Assert.False(IsValid(new TransitFeedOptions { PollInterval = TimeSpan.Zero }));
        Assert.False(IsValid(new TransitFeedOptions { WriteChunkRows = 10 }));
        Assert.False(IsValid(new TransitFeedOptions { AbandonedImportAfter = TimeSpan.FromSeconds(1) }));
    }
}
