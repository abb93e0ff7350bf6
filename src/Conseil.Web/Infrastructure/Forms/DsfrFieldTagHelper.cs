using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Conseil.Web.Infrastructure.Forms;

/// <summary>
/// The one way to draw a DSFR form field: label, optional hint, input or select, and its error message tied
/// to it by aria-describedby. Redisplays what the user typed when the form comes back with errors (never a
/// password).
/// <c>&lt;dsfr-field for="Input.StartDate" label="Date de début" type="date" /&gt;</c>, or with
/// <c>items</c> for a select.
/// </summary>
[HtmlTargetElement("dsfr-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public bool Required { get; set; }
    public int? MaxLength { get; set; }
    public string? InputMode { get; set; }
    public string? Pattern { get; set; }
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The file types a <c>type="file"</c> offers to choose (a hint to the browser; the server checks the content).</summary>
    public string? Accept { get; set; }
    public int Rows { get; set; } = 5;

    /// <summary>
    /// Text of the empty first option of a select ("— Choisir —"); none when empty (<c>placeholder=""</c>: Razor
    /// cannot pass null to a string attribute), for a select that always has a value.
    /// </summary>
    public string? Placeholder { get; set; } = "— Choisir —";

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // Inside a partial given a model expression (<partial for="Input">), the field's name carries its prefix.
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = state?.AttemptedValue ?? Format(For.Model);
        var describedBy = string.Join(' ', new[] { Hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.OfType<string>());

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var group = Items is not null ? "fr-select-group" : Type == "file" ? "fr-upload-group" : "fr-input-group";
        output.Attributes.SetAttribute("class", error is null ? group : Type == "file" ? $"{group} fr-input-group--error" : $"{group} {group}--error");

        var label = new TagBuilder("label");
        label.AddCssClass("fr-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (Required) label.InnerHtml.AppendHtml("<span class=\"fr-sr-only\"> (obligatoire)</span> *");
        if (Hint is not null) label.InnerHtml.AppendHtml($"<span class=\"fr-hint-text\" id=\"{id}-hint\">").Append(Hint).AppendHtml("</span>");
        output.Content.AppendHtml(label);

        var control = Items is not null ? Select(value) : Type == "textarea" ? TextArea(value) : Input(value);
        control.Attributes["id"] = id;
        control.Attributes["name"] = name;
        if (Required) control.Attributes["required"] = "required";
        if (describedBy.Length > 0) control.Attributes["aria-describedby"] = describedBy;
        if (error is not null) control.Attributes["aria-invalid"] = "true";
        output.Content.AppendHtml(control);

        if (error is not null)
        {
            var message = new TagBuilder("p");
            message.AddCssClass("fr-error-text");
            message.Attributes["id"] = $"{id}-error";
            message.InnerHtml.Append(error);
            output.Content.AppendHtml(message);
        }
    }

    private TagBuilder Input(string? value)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass(Type == "file" ? "fr-upload" : "fr-input");
        input.Attributes["type"] = Type;
        if (Type is not ("password" or "file")) input.Attributes["value"] = value ?? "";
        if (Accept is not null) input.Attributes["accept"] = Accept;
        if (Autocomplete is not null) input.Attributes["autocomplete"] = Autocomplete;
        if (MaxLength is not null) input.Attributes["maxlength"] = MaxLength.Value.ToString(CultureInfo.InvariantCulture);
        if (InputMode is not null) input.Attributes["inputmode"] = InputMode;
        if (Pattern is not null) input.Attributes["pattern"] = Pattern;
        return input;
    }

    /// <summary><c>type="textarea"</c>: a multi-line text (a mission, a message), <see cref="Rows"/> lines high.</summary>
    private TagBuilder TextArea(string? value)
    {
        var area = new TagBuilder("textarea");
        area.AddCssClass("fr-input");
        area.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
        if (MaxLength is not null) area.Attributes["maxlength"] = MaxLength.Value.ToString(CultureInfo.InvariantCulture);
        // A newline right after the tag would be eaten by the HTML parser: one is written first, so the text keeps its own.
        area.InnerHtml.AppendHtml("\n");
        area.InnerHtml.Append(value ?? "");
        return area;
    }

    private TagBuilder Select(string? value)
    {
        var select = new TagBuilder("select");
        select.AddCssClass("fr-select");
        if (!string.IsNullOrEmpty(Placeholder)) select.InnerHtml.AppendHtml(Option(new SelectListItem(Placeholder, ""), value));
        foreach (var group in Items!.GroupBy(i => i.Group?.Name))
        {
            if (group.Key is null)
            {
                foreach (var item in group) select.InnerHtml.AppendHtml(Option(item, value));
                continue;
            }
            var optgroup = new TagBuilder("optgroup");
            optgroup.Attributes["label"] = group.Key;
            foreach (var item in group) optgroup.InnerHtml.AppendHtml(Option(item, value));
            select.InnerHtml.AppendHtml(optgroup);
        }
        return select;
    }

    private static TagBuilder Option(SelectListItem item, string? value)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = item.Value;
        if (item.Value == (value ?? "")) option.Attributes["selected"] = "selected";
        option.InnerHtml.Append(item.Text);
        return option;
    }

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
