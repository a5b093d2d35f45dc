using Bootcamp.Shared.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Web;

/// <summary>Shared plumbing of the pages: field messages from the modules' validation, and flash notices.</summary>
public abstract class BootcampPageModel : PageModel
{
    public string? FieldError(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public bool HasError(string key) => FieldError(key) is not null;

    /// <summary>Puts a module's validation messages on the page's fields: "Details.EndDate" becomes "Input.EndDate".</summary>
    protected void AddErrors(ValidationFailedException failure, string fromPrefix, string toPrefix)
    {
        ArgumentNullException.ThrowIfNull(failure);
        foreach (var (key, messages) in failure.Errors)
        {
            var field = key.StartsWith(fromPrefix + ".", StringComparison.Ordinal) ? toPrefix + key[fromPrefix.Length..] : key;
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }
    }

    /// <summary>Fields the binder already rejected (a date that is not a date) keep their own message.</summary>
    protected bool BindingFailed => !ModelState.IsValid;
}
