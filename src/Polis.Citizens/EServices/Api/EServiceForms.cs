using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Polis.Citizens.EServices.Api;

/// <summary>
/// Reads a multipart (or url-encoded) body after checking its declared size, so an oversized upload is refused before
/// it is buffered; file parts are counted and size-checked by their headers before any content is read.
/// </summary>
internal static class EServiceForms
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, EServiceOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, EServiceProblems.BadBody("The body must be multipart/form-data (a 'request' JSON part and the files) or application/x-www-form-urlencoded."));
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return (null, EServiceProblems.TooLarge($"The body is {request.ContentLength} bytes; at most {options.MaxBodyBytes} are accepted. Nothing was stored."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, EServiceProblems.BadBody($"The form body could not be read: {e.Message}"));
        }

        if (form.Files.Count > options.MaxAttachments)
        {
            return (null, EServiceProblems.BadBody($"{form.Files.Count} files sent; at most {options.MaxAttachments} at a time. Nothing was stored."));
        }

        var tooBig = form.Files.FirstOrDefault(f => f.Length > options.MaxAttachmentBytes);
        return tooBig is null
            ? (form, null)
            : (null, EServiceProblems.TooLarge($"'{tooBig.FileName}' ({tooBig.Name}) is {tooBig.Length} bytes; an attachment may have at most {options.MaxAttachmentBytes}. Nothing was stored."));
    }
}
