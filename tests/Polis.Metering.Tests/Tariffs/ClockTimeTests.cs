using Polis.Metering.Tariffs;

namespace Polis.Metering.Tests.Tariffs;

public sealed class ClockTimeTests
{
    [Theory]
    [InlineData("00:00", 0)]
    [InlineData("07:30", 450)]
    [InlineData("24:00", 1440)]
    public void TryParse_ValidTime_GivesMinuteOfDay(string text, int minutes)
    {
        Assert.True(ClockTime.TryParse(text, out var time));
        Assert.Equal(minutes, time.MinuteOfDay);
        Assert.Equal(text, time.ToString());
    }

    [Theory]
    [InlineData("24:15")]
    [InlineData("7:30")]
    [InlineData("07:60")]
    [InlineData("07-30")]
    [InlineData("-1:00")]
    [InlineData(null)]
    public void TryParse_InvalidTime_Fails(string? text)
    {
        Assert.False(ClockTime.TryParse(text, out _));
    }
}
