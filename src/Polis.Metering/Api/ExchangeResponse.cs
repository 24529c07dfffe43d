using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>What an exchange did: the old meter's installation as it ended, the new meter's as it started.</summary>
public sealed record ExchangeResponse(Installation Ended, Installation Started);
