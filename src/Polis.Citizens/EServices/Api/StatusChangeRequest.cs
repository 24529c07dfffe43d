namespace Polis.Citizens.EServices.Api;

/// <summary>Body of POST .../{id}/status: the new status and its reason (required to reject), public unless <c>public: false</c>.</summary>
public sealed record StatusChangeRequest(string? Status, string? Reason, bool? Public);
