using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>One of a resident's customer accounts with its service points.</summary>
public sealed record MyAccountResponse(string Id, string Name, AccountKind Kind, IReadOnlyList<MyServicePointResponse> ServicePoints);
