namespace Polis.Citizens.EServices.Api;

/// <summary>One request with its attachments and history (a resident's view holds public entries only).</summary>
public sealed record EServiceRequestDetailResponse(EServiceRequestResponse Request, IReadOnlyList<AttachmentResponse> Attachments, IReadOnlyList<HistoryResponse> History);
