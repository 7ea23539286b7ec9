"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import type { ImportOptions, StageLabelMap } from "@/lib/domain/pipeline/import";
import type { StageDefinition } from "@/lib/domain/pipeline/types";
import type { MappingFile } from "@/lib/services/pipeline/load-import-mapping";
import { startImportAction } from "../actions";
import { CurrencyCard } from "./currency-card";
import { FileMappingCard } from "./file-mapping-card";
import {
  effectiveLabels,
  fileState,
  foreignCurrencies,
  labelKey,
  parseRate,
  stageLabelsOf,
  toFileMapping,
  type FileState,
} from "./mapping-state";
import { missingChoices } from "./missing-choices";
import { StageLabelsCard } from "./stage-labels-card";
import { StartImportCard } from "./start-import-card";
import type { ImportProgressView } from "@/lib/services/pipeline/import-progress";
import { useImportStatus } from "./use-import-status";

const byKey = (labels: StageLabelMap) =>
  Object.fromEntries(Object.entries(labels).map(([l, k]) => [labelKey(l), k]));

/**
 * The mapping step: per file, what it holds and which column is which; every stage label's
 * stage; currency rates; the export's date. Start stays disabled, with the reason in words,
 * until every needed choice is made.
 */
export function MappingForm({
  orgSlug,
  importId,
  files,
  stages,
  currency,
  stageLabels,
  rememberedLabels,
  previous,
  progress,
}: {
  orgSlug: string;
  importId: string;
  /** The import's status when the page was drawn: the scans are polled on from it. */
  progress: ImportProgressView;
  files: MappingFile[];
  stages: StageDefinition[];
  /** The organization's currency. */
  currency: string;
  stageLabels: StageLabelMap;
  rememberedLabels: StageLabelMap;
  /** What an earlier attempt of this import chose (failed or cancelled), to start from. */
  previous: ImportOptions | null;
}) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(startImportAction);
  const [states, setStates] = useState<Record<number, FileState>>(() =>
    Object.fromEntries(
      files.map((f) => {
        const earlier = previous?.files.find((m) => m.index === f.index);
        return [f.index, earlier ? fileState(earlier, true) : fileState(f.mapping)];
      }),
    ),
  );
  const [chosen, setChosen] = useState<StageLabelMap>(() =>
    byKey(previous?.stageLabels ?? stageLabels),
  );
  const [fileCurrency, setFileCurrency] = useState(previous?.currency.fileCurrency ?? currency);
  const [rates, setRates] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      Object.entries(previous?.currency.rates ?? {}).map(([c, r]) => [c, String(r)]),
    ),
  );
  const [exportDate, setExportDate] = useState(previous?.exportDate ?? "");
  const { scans } = useImportStatus(orgSlug, importId, progress, "scans");

  const labels = stageLabelsOf(files, states);
  const effective = effectiveLabels(labels, chosen, stages, rememberedLabels);
  const { codes, withoutColumn } = foreignCurrencies(files, states, currency);
  const rateCodes = [
    ...new Set([...codes, ...(withoutColumn && fileCurrency !== currency ? [fileCurrency] : [])]),
  ];
  const missing = missingChoices({
    files,
    states,
    labels,
    stageLabels: effective,
    rateCodes,
    rates,
  });
  const anyScanned = files.some((f) => f.scan !== null);
  const serverError =
    error ??
    (Object.keys(fieldErrors).length > 0
      ? "Some choices could not be read. Check them and try again."
      : null);

  function submit() {
    const options: ImportOptions = {
      files: files.map((f) => toFileMapping(f, states[f.index]!)),
      stageLabels: effective,
      currency: {
        fileCurrency: withoutColumn ? fileCurrency : undefined,
        rates: Object.fromEntries(
          rateCodes.flatMap((code) => {
            const rate = parseRate(rates[code]);
            return typeof rate === "number" ? [[code, rate]] : [];
          }),
        ),
      },
      exportDate: exportDate || undefined,
    };
    run({ orgSlug, importId, options }, () => router.refresh());
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (missing.length === 0) submit();
      }}
      className="mt-6 grid min-w-0 gap-6"
    >
      {files.map((file) => (
        <FileMappingCard
          key={file.index}
          file={file}
          state={states[file.index]!}
          progress={scans.find((s) => s.index === file.index)}
          stages={stages}
          onChange={(next) => setStates((all) => ({ ...all, [file.index]: next }))}
        />
      ))}
      {anyScanned ? (
        <>
          <StageLabelsCard
            labels={labels}
            chosen={effective}
            stages={stages}
            onChoose={(label, stage) => setChosen((c) => ({ ...c, [labelKey(label)]: stage }))}
          />
          <CurrencyCard
            base={currency}
            withoutColumn={withoutColumn}
            fileCurrency={fileCurrency}
            rateCodes={rateCodes}
            rates={rates}
            onFileCurrency={setFileCurrency}
            onRate={(code, text) => setRates((r) => ({ ...r, [code]: text }))}
          />
        </>
      ) : null}
      <StartImportCard
        exportDate={exportDate}
        onExportDate={setExportDate}
        missing={missing}
        pending={pending}
        error={serverError}
      />
    </form>
  );
}
