export * from './jquery.kazoosdk.js';
