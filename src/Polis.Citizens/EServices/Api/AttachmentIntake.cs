using Microsoft.AspNetCore.Http;
using Polis.Citizens.EServices.Attachments;
using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.EServices.Api;

/// <summary>
/// Turns a form's file parts into checked attachments: each part's name is the service's attachment it is for (an
/// answer to a question may also use <see cref="Other"/>, which takes any attachment type); every fault is listed under
/// <c>attachments.{name}</c>, and a required attachment with no file is one of them when <c>requireAll</c>.
/// </summary>
public sealed class AttachmentIntake(AttachmentInspector inspector)
{
    public const string Other = "other";

    public async Task<List<NewAttachment>> CheckAsync(
        EService service, IFormFileCollection files, bool requireAll, bool allowOther, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(errors);
        var accepted = new List<NewAttachment>();
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            var rule = service.Attachments.FirstOrDefault(r => r.Name == file.Name)
                ?? (allowOther && file.Name == Other ? new AttachmentRule(Other, null, AttachmentTypes.All, false) : null);
            var key = $"attachments.{file.Name}" + (files.Count(f => f.Name == file.Name) > 1 ? $"[{files.Take(index).Count(f => f.Name == file.Name)}]" : string.Empty);
            if (rule is null)
            {
                errors[key] = [$"'{service.Code}' asks for no attachment named '{file.Name}'; it asks for: " +
                    string.Join(", ", service.Attachments.Select(r => r.Name).Concat(allowOther ? [Other] : [])) + "."];
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var (attachment, error) = inspector.Inspect(rule, file.FileName, buffer.ToArray());
            if (error is not null)
            {
                errors[key] = [error];
            }
            else
            {
                accepted.Add(attachment!);
            }
        }

        foreach (var missing in service.Attachments.Where(r => requireAll && r.Required && !files.Any(f => f.Name == r.Name)))
        {
            errors[$"attachments.{missing.Name}"] = [$"'{missing.Name}' is required ({string.Join(", ", missing.AllowedTypes)})."];
        }

        return accepted;
    }
}
