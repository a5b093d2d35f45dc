using Bootcamp.Shared.Input;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bootcamp.Host.Infrastructure;

/// <summary>Binds every enum field of every page (a select, a radio, a query filter) under <see cref="EnumInput"/>:
/// MVC's own binder also takes "2" and "AsylumClaimant,PermanentResident".</summary>
internal sealed class StrictEnumModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return EnumInput.EnumTypeOf(context.Metadata.ModelType) is { } type ? new StrictEnumModelBinder(type) : null;
    }
}

internal sealed class StrictEnumModelBinder(Type enumType) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        var metadata = bindingContext.ModelMetadata;
        if (string.IsNullOrWhiteSpace(text))
        {
            // As MVC does: nothing chosen is null for an optional field, a "required" message otherwise.
            if (metadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, metadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
            }

            return Task.CompletedTask;
        }

        if (EnumInput.TryParse(enumType, text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName, metadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, metadata.DisplayName ?? metadata.Name ?? ""));
        }

        return Task.CompletedTask;
    }
}
