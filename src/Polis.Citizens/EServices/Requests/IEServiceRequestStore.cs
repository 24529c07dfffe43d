namespace Polis.Citizens.EServices.Requests;

/// <summary>E-service requests, their attachments and history. Every write is one transaction.</summary>
public interface IEServiceRequestStore
{
    /// <summary>
    /// Stores the request, its attachments and its first history entry; null (nothing stored) when its slot already
    /// holds <see cref="NewEServiceRequest.SlotCapacity"/> active bookings.
    /// </summary>
    Task<EServiceRequest?> SubmitAsync(NewEServiceRequest request, IReadOnlyList<NewAttachment> attachments, CancellationToken cancellationToken = default);

    Task<EServiceRequest?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EServiceRequest>> QueryAsync(EServiceRequestQuery query, CancellationToken cancellationToken = default);

    Task<EServiceChangeOutcome> ChangeAsync(EServiceChange change, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EServiceHistoryEntry>> ListHistoryAsync(long requestId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EServiceAttachment>> ListAttachmentsAsync(long requestId, CancellationToken cancellationToken = default);

    Task<(EServiceAttachment Attachment, byte[] Content)?> GetAttachmentAsync(long requestId, long attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Active bookings per slot of a service (for the slots' remaining places).</summary>
    Task<IReadOnlyDictionary<string, int>> CountBookingsAsync(string serviceCode, CancellationToken cancellationToken = default);
}
