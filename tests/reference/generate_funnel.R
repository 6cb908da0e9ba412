# Independent reference values for the comparison of hospitals, computed with R's metafor
# (Debian: r-cran-metafor): the DerSimonian-Laird tau², the random-effects mean and its standard
# error, the funnel limits mu ± z sqrt(v + tau²) at 95% and 99.8%, and the shrunken estimates
# (blup). Datasets of 3 to 120 hospitals, some without spread beyond chance (tau² = 0).
#   Rscript tests/reference/generate_funnel.R OUTPUT_FOLDER
# Writes funnel_data.csv (dataset, hospital, y, v), funnel_reference.csv (per dataset) and
# funnel_limits.csv (per hospital). The same files are stored in tests/data/reference/ as fixtures;
# the C++ test compares with them to 1e-6, and ctest runs this script again where R is installed.
suppressPackageStartupMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "."
set.seed(20261201)
data_rows <- list()
ref_rows <- list()
lim_rows <- list()
f <- function(x) format(x, digits = 17)
for (dataset in 1:30) {
  k <- sample(c(3:12, 20, 40, 80, 120), 1)
  n <- sample(5:60, k, replace = TRUE)
  sd <- runif(k, 8, 25)
  between <- if (dataset %% 3 == 0) 0 else runif(1, 0, 12)
  y <- 60 + rnorm(k, 0, between) + rnorm(k, 0, sd / sqrt(n))
  v <- sd^2 / n
  res <- rma(yi = y, vi = v, method = "DL")
  b <- blup(res)
  mu <- as.numeric(coef(res))
  data_rows[[dataset]] <- data.frame(dataset = dataset, hospital = seq_len(k), y = f(y), v = f(v))
  ref_rows[[dataset]] <- data.frame(dataset = dataset, k = k, tau2 = f(res$tau2), mu = f(mu), se = f(res$se), q = f(res$QE))
  s <- sqrt(v + res$tau2)
  lim_rows[[dataset]] <- data.frame(dataset = dataset, hospital = seq_len(k),
                                    lower95 = f(mu - qnorm(0.975) * s), upper95 = f(mu + qnorm(0.975) * s),
                                    lower998 = f(mu - qnorm(0.999) * s), upper998 = f(mu + qnorm(0.999) * s),
                                    blup = f(b$pred))
}
write.csv(do.call(rbind, data_rows), file.path(out, "funnel_data.csv"), row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, ref_rows), file.path(out, "funnel_reference.csv"), row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, lim_rows), file.path(out, "funnel_limits.csv"), row.names = FALSE, quote = FALSE)
