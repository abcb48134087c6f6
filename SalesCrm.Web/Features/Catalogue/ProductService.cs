using Microsoft.EntityFrameworkCore;
using SalesCrm.Domain.Catalogue;
using SalesCrm.Domain.Common;
using SalesCrm.Web.Auth;
using SalesCrm.Web.Data;
using SalesCrm.Web.Data.Auditing;
using SalesCrm.Web.Features.Paging;
using SalesCrm.Web.Logging;

namespace SalesCrm.Web.Features.Catalogue;

/// <summary>
/// The product catalogue (CON-1). Every signed-in role reads it; only administrators and the marketing director create,
/// change, deactivate and reactivate products (<see cref="ProductAccess"/>, checked here so a page cannot forget).
/// Each call opens its own context; every change is audited (SEC-2).
/// </summary>
public sealed class ProductService(IDbContextFactory<CrmDbContext> dbFactory, CurrentUserAccessor currentUser, ILogger<ProductService> logger)
{
    /// <summary>The most products a picker gets at once; it narrows by search beyond that.</summary>
    public const int MaxOptions = 50;

    /// <summary>
    /// One page of the catalogue, by code (or by name), searched in code and name; inactive products only when asked.
    /// Never sorted by price: SQLite keeps the exact amount as text, which does not order as a number.
    /// </summary>
    public async Task<PagedResult<ProductRow>> ListAsync(PageRequest request, bool includeInactive = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await RequireReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Matching(db.Products.AsNoTracking(), request.Search);
        if (!includeInactive)
        {
            query = query.Where(p => p.IsActive);
        }

        var total = await query.CountAsync(cancellationToken);
        var sorted = (request.SortBy, request.Descending) switch
        {
            ("Name", false) => query.OrderBy(p => p.Name).ThenBy(p => p.Code),
            ("Name", true) => query.OrderByDescending(p => p.Name).ThenBy(p => p.Code),
            (_, true) => query.OrderByDescending(p => p.Code),
            _ => query.OrderBy(p => p.Code),
        };
        var items = await sorted.Skip(request.Skip).Take(request.Take)
            .Select(p => new ProductRow(p.Id, p.Code, p.Name, p.Unit, p.ListPrice, p.IsActive))
            .ToListAsync(cancellationToken);
        return new PagedResult<ProductRow>(items, total);
    }

    /// <summary>For a contract line's product picker: active products whose code or name contains the search, by code.</summary>
    public async Task<IReadOnlyList<ProductOption>> ActiveProductsAsync(string? search, int take = 20, CancellationToken cancellationToken = default)
    {
        await RequireReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Matching(db.Products.AsNoTracking().Where(p => p.IsActive), search)
            .OrderBy(p => p.Code)
            .Take(Math.Clamp(take, 1, MaxOptions))
            .Select(p => new ProductOption(p.Id, p.Code, p.Name, p.Unit, p.ListPrice))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The product as the edit dialog starts from it, with the version the save is checked against; null when there is none.</summary>
    public async Task<ProductFormModel?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await RequireReaderAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return product is null ? null : ProductFormModel.From(product);
    }

    public async Task<ProductSaveResult> CreateAsync(ProductFormModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var user = await RequireKeeperAsync("create");
        Product product;
        try
        {
            product = Product.Create(model.ToDetails());
        }
        catch (DomainValidationException e)
        {
            return ProductSaveResult.Invalid(e.Errors);
        }

        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        db.Products.Add(product);
        return await SaveAsync(db, user, product, "created", cancellationToken);
    }

    /// <summary>
    /// Saves an edit made on the copy with <see cref="ProductFormModel.Version"/>. If someone saved the product in
    /// between, nothing is written and the user is told to reopen it, so no one overwrites a price they have not seen.
    /// </summary>
    public async Task<ProductSaveResult> UpdateAsync(ProductFormModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var user = await RequireKeeperAsync("change");
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var product = model.Id is { } id ? await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (product is null)
        {
            return Gone();
        }

        if (product.Version != model.Version)
        {
            return Conflict(product, user);
        }

        try
        {
            product.Update(model.ToDetails());
        }
        catch (DomainValidationException e)
        {
            return ProductSaveResult.Invalid(e.Errors);
        }

        return await SaveAsync(db, user, product, "changed", cancellationToken);
    }

    /// <summary>Takes the product out of the pickers; contracts that name it keep it, so it is never deleted.</summary>
    public Task<ProductSaveResult> DeactivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(id, ("deactivate", "deactivated"), p => p.Deactivate(), cancellationToken);

    public Task<ProductSaveResult> ReactivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(id, ("reactivate", "reactivated"), p => p.Reactivate(), cancellationToken);

    private async Task<ProductSaveResult> ChangeStateAsync(Guid id, (string Verb, string Done) action, Action<Product> change, CancellationToken cancellationToken)
    {
        var user = await RequireKeeperAsync(action.Verb);
        await using var db = await dbFactory.CreateForAsync(user, cancellationToken);
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return Gone();
        }

        try
        {
            change(product);
        }
        catch (DomainException e)
        {
            return ProductSaveResult.Invalid(string.Empty, e.Code, e.Message);
        }

        return await SaveAsync(db, user, product, action.Done, cancellationToken);
    }

    private async Task<ProductSaveResult> SaveAsync(CrmDbContext db, CurrentUser user, Product product, string action, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueKeys.IsViolation(e))
        {
            // The unique index decides, so two administrators saving the same code at once cannot both succeed.
            return ProductSaveResult.Invalid(nameof(ProductFormModel.Code), "Product.CodeTaken", $"Another product has the code {product.Code} already.");
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(product, user);
        }

        logger.ProductChanged(product.Id, action, user.Id);
        return ProductSaveResult.Saved(product.Id);
    }

    private ProductSaveResult Conflict(Product product, CurrentUser user)
    {
        logger.ProductConflict(product.Id, user.Id);
        return ProductSaveResult.Invalid(string.Empty, "Product.Conflict",
            "Someone else saved this product while you were editing; your changes were not saved. Close this and open the product again to see theirs.");
    }

    private static ProductSaveResult Gone() => ProductSaveResult.Invalid(string.Empty, "Product.Gone", "This product no longer exists.");

    /// <summary>Code or name containing the term, ignoring case; LIKE's wildcards typed by the user are taken literally.</summary>
    private static IQueryable<Product> Matching(IQueryable<Product> query, string? search)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return query;
        }

        var pattern = LikePattern.Containing(term);
        return query.Where(p => EF.Functions.Like(p.Code, pattern, LikePattern.Escape) || EF.Functions.Like(p.Name, pattern, LikePattern.Escape));
    }


    private async Task<CurrentUser> RequireReaderAsync()
    {
        var user = await currentUser.RequireAsync();
        if (!ProductAccess.CanRead(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, "read", "the product catalogue");
            throw new AccessDeniedException("Your role cannot read the product catalogue.");
        }

        return user;
    }

    private async Task<CurrentUser> RequireKeeperAsync(string action)
    {
        var user = await currentUser.RequireAsync();
        if (!ProductAccess.CanManage(user.Role))
        {
            logger.AccessDenied(user.Id, user.Role, action, "products in the catalogue");
            throw new AccessDeniedException("Only administrators and the marketing director keep the product catalogue.");
        }

        return user;
    }
}
