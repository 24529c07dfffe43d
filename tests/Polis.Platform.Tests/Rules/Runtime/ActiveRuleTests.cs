using Polis.Platform.Rules.Runtime;
using Xunit;
using static Polis.Platform.Tests.Rules.RuleTestData;

namespace Polis.Platform.Tests.Rules.Runtime;

public sealed class ActiveRuleTests
{
    [Fact]
    public void Of_SameRuleTwice_SameFingerprint() =>
        Assert.Equal(ActiveRule.Of(Rule(Above("pm25", 35))).Fingerprint, ActiveRule.Of(Rule(Above("pm25", 35))).Fingerprint);

    [Fact]
    public void Of_ThresholdChanged_DifferentFingerprint() =>
        Assert.NotEqual(ActiveRule.Of(Rule(Above("pm25", 35))).Fingerprint, ActiveRule.Of(Rule(Above("pm25", 36))).Fingerprint);
}
