namespace Polis.Citizens.EServices.Requests;

/// <summary>A checked attachment about to be stored with its request (content already sanitised where it is a photo).</summary>
public sealed record NewAttachment(string Rule, string FileName, string ContentType, byte[] Content);
