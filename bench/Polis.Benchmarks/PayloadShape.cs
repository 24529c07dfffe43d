namespace Polis.Benchmarks;

/// <summary>The three telemetry shapes devices send.</summary>
public enum PayloadShape
{
    /// <summary><c>{"k":v,…}</c>, stamped with the receive time.</summary>
    Flat,

    /// <summary><c>{"ts":ms,"values":{…}}</c>.</summary>
    Timestamped,

    /// <summary><c>[{"ts":ms,"values":{…}},…]</c>.</summary>
    Array,
}
