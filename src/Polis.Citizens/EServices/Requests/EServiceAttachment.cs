namespace Polis.Citizens.EServices.Requests;

/// <summary>
/// A document attached to a request (at submission or when answering a question): <see cref="Rule"/> names the
/// service's attachment it satisfies; <see cref="ContentType"/> is what its content was recognised as, not what was declared.
/// </summary>
public sealed record EServiceAttachment(
    long Id,
    long RequestId,
    string Rule,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy);
