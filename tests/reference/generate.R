# Independent reference values for the agreement statistics, computed with R's multilevel and
# psych packages (Debian: r-cran-multilevel, r-cran-psych).
#   Rscript tests/reference/generate.R OUTPUT_FOLDER
# Writes data.csv (the generated answers), reference.csv (the statistics per dataset and
# group) and icc.csv (ICC(1) and ICC(2) per dataset, its groups compared on each person's mean). The same files are stored in tests/data/reference/ as fixtures; the C++ test compares
# its own results with them to 1e-9, and ctest runs this script again where R is installed.
suppressPackageStartupMessages({
  library(multilevel)
  library(psych)
})
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "."
set.seed(20261123)

data_rows <- list()
ref_rows <- list()
icc_rows <- list()
na_if_nan <- function(v) if (is.null(v) || length(v) == 0 || is.nan(v)) NA else v
for (dataset in 1:40) {
  J <- sample(4:7, 1)
  groups <- sample(2:4, 1)
  with_gaps <- dataset > 25  # the last datasets have missing answers
  all <- NULL
  for (g in 1:groups) {
    n <- sample(3:12, 1)
    level <- runif(1, 1.5, 4.5)
    spread <- runif(1, 0.2, 1.6)
    person <- rnorm(n, 0, spread)
    x <- sapply(1:J, function(j) pmin(5, pmax(1, round(level + person + rnorm(n, 0, 0.7)))))
    x <- matrix(x, nrow = n)
    if (with_gaps) x[matrix(runif(n * J) < 0.15, nrow = n)] <- NA
    colnames(x) <- paste0("i", 1:J)
    all <- rbind(all, data.frame(dataset = dataset, group = g, j = J, x))
    # r_wg(J) as the issue defines it: the mean over items of the sample variance across the
    # respondents who answered the item. multilevel::rwg.j drops incomplete rows, so it is the
    # reference for complete data; with gaps the definition is computed with R's own var().
    # The same holds for a_wg over J items (multilevel::awg keeps complete rows): with gaps it is
    # the mean of multilevel::awg on each item over those who answered it.
    if (!with_gaps) {
      rwgj <- rwg.j(x, rep(1, n), ranvar = 2)$rwg.j
      rwgj_skew <- rwg.j(x, rep(1, n), ranvar = 1.34)$rwg.j
      awgj <- na_if_nan(awg(x, rep(1, n), range = c(1, 5))$a.wg)
    } else {
      vars <- apply(x, 2, var, na.rm = TRUE)
      vars <- vars[!is.na(vars)]
      S <- mean(vars)
      JJ <- length(vars)
      rwgj <- if (S > 2) 0 else (JJ * (1 - S / 2)) / (JJ * (1 - S / 2) + S / 2)
      rwgj_skew <- if (S > 1.34) 0 else (JJ * (1 - S / 1.34)) / (JJ * (1 - S / 1.34) + S / 1.34)
      item_awg <- apply(x, 2, function(col) {
        col <- col[!is.na(col)]
        if (length(col) > 1) awg(col, rep(1, length(col)), range = c(1, 5))$a.wg else NA
      })
      awgj <- na_if_nan(mean(item_awg, na.rm = TRUE))
    }
    item1 <- x[!is.na(x[, 1]), 1]
    rwg1 <- if (length(item1) > 1) rwg(item1, rep(1, length(item1)), ranvar = 2)$rwg else NA
    awg1 <- if (length(item1) > 1) awg(item1, rep(1, length(item1)), range = c(1, 5))$a.wg else NA
    # Cronbach's alpha over the complete rows. psych::alpha leaves out items without variance
    # (it says so in a warning), while the textbook formula that Samenspel uses keeps them; for
    # those groups the reference is the textbook formula computed with R's own var().
    complete <- x[complete.cases(x), , drop = FALSE]
    alpha <- NA
    source <- "none"
    if (nrow(complete) >= 2 && var(rowSums(complete)) > 0) {
      if (all(apply(complete, 2, var) > 0)) {
        alpha <- suppressWarnings(suppressMessages(
          psych::alpha(as.data.frame(complete), check.keys = FALSE, warnings = FALSE)$total$raw_alpha))
        source <- "psych"
      } else {
        k <- ncol(complete)
        alpha <- k / (k - 1) * (1 - sum(apply(complete, 2, var)) / var(rowSums(complete)))
        source <- "formula"
      }
    }
    ref_rows[[length(ref_rows) + 1]] <- data.frame(dataset = dataset, group = g, n = n,
      rwg_j = rwgj, rwg_item1 = rwg1, alpha = alpha, alpha_n = nrow(complete), alpha_source = source,
      rwg_j_skew = rwgj_skew, awg_j = awgj, awg_item1 = awg1)
  }
  # Do the groups differ? One score per person (the mean of the items answered), one-way ANOVA.
  scores <- rowMeans(all[, paste0("i", 1:J), drop = FALSE], na.rm = TRUE)
  keep <- !is.nan(scores)
  model <- aov(scores[keep] ~ as.factor(all$group[keep]))
  icc_rows[[length(icc_rows) + 1]] <- data.frame(dataset = dataset, icc1 = ICC1(model), icc2 = ICC2(model))
  for (j in (J + 1):7) if (J < 7) all[[paste0("i", j)]] <- NA
  data_rows[[length(data_rows) + 1]] <- all[, c("dataset", "group", "j", paste0("i", 1:7))]
}
data <- do.call(rbind, data_rows)
ref <- do.call(rbind, ref_rows)
write.csv(data, file.path(out, "data.csv"), row.names = FALSE, na = "")
write.csv(format(ref, digits = 17), file.path(out, "reference.csv"), row.names = FALSE, quote = FALSE)
write.csv(format(do.call(rbind, icc_rows), digits = 17), file.path(out, "icc.csv"), row.names = FALSE, quote = FALSE)
cat("wrote", nrow(data), "answer rows and", nrow(ref), "reference groups to", out, "\n")
