namespace Polis.Metering.Validation;

/// <summary>What an analyst does to a range of a validated series.</summary>
public enum AnalystAction
{
    /// <summary>Give every interval of the range the edit's quantity: Edited.</summary>
    Set,

    /// <summary>Accept the Questionable values of the range as measured: Valid again.</summary>
    Accept,

    /// <summary>Estimate the range (like VEE estimates a gap), spreading the edit's quantity as total when given: Estimated.</summary>
    Estimate,
}
