import { AppError } from "@/lib/errors";

export function importNotFound(): never {
  throw new AppError("NOT_FOUND", "That import was not found.");
}
