namespace Polis.Platform.Rules;

/// <summary>A condition with its path and children resolved once, so evaluation per reading builds no strings.</summary>
internal sealed class CompiledCondition
{
    public CompiledCondition(RuleCondition condition, string path)
    {
        Condition = condition;
        Path = path;
        Key = condition switch
        {
            ThresholdCondition threshold => threshold.Key,
            RangeCondition range => range.Key,
            RateOfChangeCondition rate => rate.Key,
            InactivityCondition inactivity => inactivity.Key,
            _ => null,
        };
        var seconds = condition switch
        {
            ThresholdCondition threshold => threshold.ForSeconds,
            RangeCondition range => range.ForSeconds,
            _ => null,
        };
        ForMilliseconds = seconds * 1000L;
        var children = condition switch
        {
            AllCondition all => all.Conditions,
            AnyCondition any => any.Conditions,
            _ => [],
        };
        Children = [.. children.Select((child, i) => new CompiledCondition(child, $"{path}.conditions[{i}]"))];
        Leaves = IsLeaf ? [this] : [.. Children.SelectMany(child => child.Leaves)];
    }

    public RuleCondition Condition { get; }

    public string Path { get; }

    /// <summary>The key a leaf reads; null for groups and for inactivity of any key.</summary>
    public string? Key { get; }

    /// <summary>How long a threshold or range must hold; null when it acts on the first reading.</summary>
    public long? ForMilliseconds { get; }

    public IReadOnlyList<CompiledCondition> Children { get; }

    public bool IsLeaf => Condition is not (AllCondition or AnyCondition);

    /// <summary>The leaves under this node in document order (this node itself when it is a leaf).</summary>
    public IReadOnlyList<CompiledCondition> Leaves { get; }
}
