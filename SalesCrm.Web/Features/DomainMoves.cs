using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Common;

namespace SalesCrm.Web.Features;

/// <summary>
/// One way for services to run a user's move on an aggregate and save it: a move the domain refuses, or a record someone
/// changed meanwhile, comes back as messages for the page, and nothing is saved.
/// </summary>
public static class DomainMoves
{
    /// <param name="moveAndSave">Applies the domain method(s) and saves.</param>
    /// <param name="changedMeanwhile">What the user reads when the record's version changed under them.</param>
    /// <param name="generalField">The field a refusal without one is shown next to (empty: above the form).</param>
    public static async Task<IReadOnlyList<ValidationError>> TryAsync(Func<Task> moveAndSave, ValidationError changedMeanwhile, string generalField = "")
    {
        ArgumentNullException.ThrowIfNull(moveAndSave);
        try
        {
            await moveAndSave();
            return [];
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }
        catch (DomainException e)
        {
            return [new ValidationError(generalField, e.Code, e.Message)];
        }
        catch (DbUpdateConcurrencyException)
        {
            return [changedMeanwhile];
        }
    }
}
