namespace Polis.Platform.Ingest;

/// <summary>Why a message is refused, with a detail written for the device integrator.</summary>
public readonly record struct Rejection(RejectionReason Reason, string Detail);
